briefingSearch.terms("00",{"000":[0,1,1,1]});
