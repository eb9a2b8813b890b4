briefingSearch.terms("uk",{"ukraine":[0,1,1,2]});
