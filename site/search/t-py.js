briefingSearch.terms("py",{"pyongyang":[0,1,1,2]});
