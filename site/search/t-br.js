briefingSearch.terms("br",{"bringing":[1,2],"broker":[1,1]});
