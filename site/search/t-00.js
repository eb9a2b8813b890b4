briefingSearch.terms("00",{"000":[0,2,1,1]});
